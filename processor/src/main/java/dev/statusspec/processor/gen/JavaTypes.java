package dev.statusspec.processor.gen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeVariableName;
import java.util.Map;
import java.util.Optional;

/** The JavaPoet names of the JDK types and type variables the generators use, in one place. */
public final class JavaTypes {

  /** {@code java.lang.String}. */
  public static final ClassName STRING = ClassName.get(String.class);

  /** {@code java.lang.Throwable}. */
  public static final ClassName THROWABLE = ClassName.get(Throwable.class);

  /** {@code java.util.Optional}. */
  public static final ClassName OPTIONAL = ClassName.get(Optional.class);

  /** {@code java.net.URI}. */
  public static final ClassName URI = ClassName.get(java.net.URI.class);

  /** {@code Map<String, Object>}: a problem's members. */
  public static final TypeName MEMBERS =
      ParameterizedTypeName.get(ClassName.get(Map.class), STRING, ClassName.OBJECT);

  /** {@code R}, the result of a handler. */
  public static final TypeVariableName R = TypeVariableName.get("R");

  private JavaTypes() {}
}
