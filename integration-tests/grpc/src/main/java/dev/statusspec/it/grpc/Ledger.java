package dev.statusspec.it.grpc;

import dev.statusspec.StatusSpec;

/** The Ledger API's statuses, served over gRPC by the tests. */
@StatusSpec("ledger-statuses.yaml")
public interface Ledger {}
