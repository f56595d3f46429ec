package com.example.orders.fake;

import dev.statusspec.StatusSpec;

/** A test double's statuses, with its spec in src/test/resources. */
@StatusSpec("fake-statuses.yaml")
public interface FakeApi {}
