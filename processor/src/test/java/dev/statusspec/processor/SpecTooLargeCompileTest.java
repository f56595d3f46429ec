package dev.statusspec.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import dev.statusspec.processor.spec.SpecReader;
import dev.statusspec.processor.testing.Fixture;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * A spec file far over the limit, found through javac: the error gives the file's real size,
 * although the processor reads no more than the limit and one byte of it.
 */
class SpecTooLargeCompileTest {

  @Test
  void theErrorGivesTheSizeOfTheFileNotOfWhatWasRead() {
    byte[] spec = new byte[20 * 1024 * 1024];
    Arrays.fill(spec, (byte) '#');
    byte[] start = "statuses:\n  - code: 200\n    name: OK\n#".getBytes(StandardCharsets.UTF_8);
    System.arraycopy(start, 0, spec, 0, start.length);

    Compilation compilation = Fixture.specBytes(spec).compile();

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            String.format(
                "[statusspec:spec-too-large] target/fixture/com/example/statuses.yaml: the spec has"
                    + " 20,971,520 bytes, more than the limit of %,d bytes",
                SpecReader.MAX_BYTES));
  }
}
