package dev.statusspec.benchmarks.cloud;

import dev.statusspec.StatusSpec;

/**
 * A realistic large catalogue (330 statuses): the IANA registry plus S3-style errors that share
 * HTTP codes and are told apart by their errorCode. Generates {@code CloudStatus} and the rest.
 */
@StatusSpec("cloud-statuses.yaml")
public interface Cloud {}
