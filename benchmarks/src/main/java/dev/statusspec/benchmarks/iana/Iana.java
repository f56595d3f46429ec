package dev.statusspec.benchmarks.iana;

import dev.statusspec.StatusSpec;

/** The IANA HTTP status code registry as a spec: generates {@code IanaStatus} and the rest. */
@StatusSpec("iana-http-statuses.yaml")
public interface Iana {}
