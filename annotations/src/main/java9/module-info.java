/**
 * The {@code @StatusSpec} annotation, needed only while compiling: a named module reads it with
 * {@code requires static dev.statusspec;}. Compiled for release 9 into {@code META-INF/versions/9/}
 * of the jar, so the jar's own classes stay release 8 class files.
 */
module dev.statusspec {
  exports dev.statusspec;
}
