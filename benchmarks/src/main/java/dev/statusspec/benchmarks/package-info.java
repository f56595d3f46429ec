/**
 * JMH benchmarks of statusspec's generated lookups against peers and the floor. Run them from the
 * packaged jar, {@code java -jar benchmarks/target/benchmarks.jar}; see {@code
 * docs/PERFORMANCE.md}.
 */
package dev.statusspec.benchmarks;
