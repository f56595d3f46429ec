package dev.statusspec.processor.check;

import dev.statusspec.processor.diag.Diagnostic;
import dev.statusspec.processor.diag.Message;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.TypeParameterElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Checks the annotated element: it must be an interface the generated enum can implement, and every
 * method it declares must be one the enum provides or inherits, with a compatible signature.
 */
public final class InterfaceChecks {

  /**
   * A problem with the annotated element, to be reported at {@code element}.
   *
   * @param element where to report it: the interface, or one of its methods
   * @param message the rule broken, from the one catalogue of diagnostics
   * @param args the message's values
   */
  public record Problem(Element element, Message message, List<String> args) {

    /** The diagnostic to print; it names no spec file. */
    public Diagnostic diagnostic() {
      return Diagnostic.of(message, "", args.toArray());
    }
  }

  /**
   * A method of the generated enum: name, parameter types (erased), return type. {@code
   * InterfaceChecksTest} checks the list against the methods of a generated enum.
   */
  record EnumMethod(String name, List<String> parameters, String returns, boolean isStatic) {
    String signature() {
      return name + "(" + String.join(", ", parameters) + ")";
    }
  }

  /** The parameter type of a handler, which may not exist yet when the interface is checked. */
  static final String HANDLER = "<handler>";

  /** Every method the generated enum declares, public or not. */
  static List<EnumMethod> enumMethods(String statusEnum, String exception) {
    List<EnumMethod> methods = new ArrayList<>();
    methods.add(new EnumMethod("code", List.of(), "int", false));
    methods.add(new EnumMethod("reasonPhrase", List.of(), "java.lang.String", false));
    methods.add(new EnumMethod("description", List.of(), "java.lang.String", false));
    methods.add(
        new EnumMethod("errorCode", List.of(), "java.util.Optional<java.lang.String>", false));
    for (String predicate :
        List.of(
            "isRetryable",
            "isInformational",
            "isSuccess",
            "isRedirection",
            "isClientError",
            "isServerError",
            "isError")) {
      methods.add(new EnumMethod(predicate, List.of(), "boolean", false));
    }
    methods.add(new EnumMethod("problemType", List.of(), "java.net.URI", false));
    methods.add(new EnumMethod("toException", List.of("java.lang.String"), exception, false));
    methods.add(new EnumMethod("accept", List.of(HANDLER), "R", false));
    methods.add(new EnumMethod("fromCode", List.of("int"), statusEnum, true));
    methods.add(new EnumMethod("resolve", List.of("int"), "", true));
    methods.add(new EnumMethod("resolve", List.of("int", "java.lang.String"), "", true));
    methods.add(
        new EnumMethod(
            "fromProblem", List.of("int", "java.lang.String", "java.lang.String"), "", true));
    methods.add(new EnumMethod("dispatch", List.of("int", "java.lang.String", HANDLER), "", true));
    methods.add(new EnumMethod("findByCode", List.of("int"), "", true));
    methods.add(new EnumMethod("find", List.of("int", "java.lang.String"), "", true));
    methods.add(new EnumMethod("values", List.of(), "", true));
    methods.add(new EnumMethod("valueOf", List.of("java.lang.String"), "", true));
    return methods;
  }

  private final Elements elements;
  private final Types types;

  public InterfaceChecks(Elements elements, Types types) {
    this.elements = elements;
    this.types = types;
  }

  /** Checks that {@code element} can carry {@code @StatusSpec} at all. */
  public Optional<Problem> checkShape(TypeElement element) {
    if (element.getKind() != ElementKind.INTERFACE) {
      String kind =
          switch (element.getKind().name()) {
            case "ENUM" -> "an enum";
            case "ANNOTATION_TYPE" -> "an annotation type";
            case "RECORD" -> "a record";
            default -> "a class";
          };
      return Optional.of(
          new Problem(
              element,
              Message.NOT_AN_INTERFACE,
              List.of(kind, element.getSimpleName().toString())));
    }
    if (!element.getTypeParameters().isEmpty()) {
      return Optional.of(
          new Problem(
              element, Message.GENERIC_INTERFACE, List.of(element.getSimpleName().toString())));
    }
    for (Element e = element; e instanceof TypeElement t; e = e.getEnclosingElement()) {
      if (t.getModifiers().contains(Modifier.PRIVATE) || t.getNestingKind() == NestingKind.LOCAL) {
        return Optional.of(
            new Problem(
                element,
                Message.PRIVATE_INTERFACE,
                List.of(
                    element.getSimpleName().toString(),
                    elements.getPackageOf(element).getQualifiedName().toString())));
      }
    }
    return Optional.empty();
  }

  /**
   * Checks the methods of {@code element} (declared or inherited) against the generated enum named
   * {@code statusEnum}, whose {@code toException} returns {@code exception}.
   */
  public List<Problem> checkMethods(TypeElement element, String statusEnum, String exception) {
    List<EnumMethod> generated = enumMethods(statusEnum, exception);
    Map<String, List<EnumMethod>> byName =
        generated.stream().collect(Collectors.groupingBy(EnumMethod::name));
    TypeElement enumType = elements.getTypeElement("java.lang.Enum");
    List<Problem> problems = new ArrayList<>();
    for (ExecutableElement method : ElementFilter.methodsIn(elements.getAllMembers(element))) {
      Element owner = method.getEnclosingElement();
      if (owner.getKind() != ElementKind.INTERFACE
          || method.getModifiers().contains(Modifier.STATIC)
          || method.getModifiers().contains(Modifier.PRIVATE)) {
        continue; // Object's methods, and interface members that are not inherited
      }
      Element at = owner.equals(element) ? method : element;
      String signature = describe(method, owner);
      Optional<EnumMethod> same =
          byName.getOrDefault(method.getSimpleName().toString(), List.of()).stream()
              .filter(m -> sameParameters(m, method))
              .findFirst();
      if (same.isPresent()) {
        EnumMethod mine = same.get();
        if (mine.isStatic() || !returnFits(mine, method)) {
          problems.add(
              new Problem(
                  at,
                  Message.CONFLICTING_METHOD,
                  List.of(
                      signature,
                      (mine.isStatic() ? "static " : "")
                          + (mine.returns().isEmpty() ? "" : simple(mine.returns()) + " "),
                      statusEnum + "." + mine.signature())));
        }
        continue;
      }
      if (method.getModifiers().contains(Modifier.ABSTRACT)
          && !inheritedFromEnum(method, enumType)) {
        problems.add(
            new Problem(
                at,
                Message.UNIMPLEMENTED_METHOD,
                List.of(
                    statusEnum,
                    element.getSimpleName().toString(),
                    signature,
                    generated.stream()
                            .filter(m -> !m.isStatic())
                            .map(EnumMethod::signature)
                            .collect(Collectors.joining(", "))
                        + ", and Enum's name(), ordinal()...")));
      }
    }
    return problems;
  }

  /**
   * The types that {@code element}'s declaration refers to but that do not exist (yet): error types
   * among its supertypes (and theirs), and among the return, parameter and thrown types and type
   * parameter bounds of the methods it declares or inherits from interfaces. Another processor may
   * generate them in a later round; those {@code ours} names (the simple names of the types this
   * spec generates, in {@code pkg}) are left out, since this processor writes them itself.
   *
   * @return the names as written in the source, sorted, without duplicates
   */
  public List<String> unresolvedTypes(TypeElement element, String pkg, Set<String> ours) {
    Set<String> found = new TreeSet<>();
    Deque<TypeElement> todo = new ArrayDeque<>();
    Set<TypeElement> seen = new HashSet<>();
    todo.add(element);
    while (!todo.isEmpty()) {
      TypeElement type = todo.remove();
      if (!seen.add(type)) {
        continue;
      }
      for (TypeMirror supertype : type.getInterfaces()) {
        errorTypes(supertype, found, 0);
        if (supertype.getKind() == TypeKind.DECLARED
            && ((DeclaredType) supertype).asElement() instanceof TypeElement parent) {
          todo.add(parent);
        }
      }
    }
    for (ExecutableElement method : ElementFilter.methodsIn(elements.getAllMembers(element))) {
      if (method.getEnclosingElement().getKind() != ElementKind.INTERFACE) {
        continue; // Object's methods
      }
      errorTypes(method.getReturnType(), found, 0);
      for (VariableElement parameter : method.getParameters()) {
        errorTypes(parameter.asType(), found, 0);
      }
      for (TypeMirror thrown : method.getThrownTypes()) {
        errorTypes(thrown, found, 0);
      }
      for (TypeParameterElement parameter : method.getTypeParameters()) {
        for (TypeMirror bound : parameter.getBounds()) {
          errorTypes(bound, found, 0);
        }
      }
    }
    String prefix = pkg.isEmpty() ? "" : pkg + ".";
    found.removeIf(
        name ->
            ours.contains(name)
                || name.startsWith(prefix) && ours.contains(name.substring(prefix.length())));
    return List.copyOf(found);
  }

  /**
   * Adds to {@code found} the names of the error types in {@code type}: itself, its type arguments,
   * its array component, a wildcard's bounds. Type variables are not followed (their bounds are
   * looked at where they are declared), so no recursion through {@code T extends Comparable<T>}.
   *
   * <p>An error type is named as the source wrote it ({@code Later}, {@code com.example.Later}).
   * Two cases give no missing name: javac names a missing type written with type arguments {@code
   * <any>}, which cannot be told apart from this spec's own generic handlers, so it is not waited
   * for (as before deferral existed); and ecj marks {@code List<Later>} itself erroneous, where
   * only {@code Later} is missing, so a name that exists is not one.
   */
  private void errorTypes(TypeMirror type, Set<String> found, int depth) {
    if (depth > 16) {
      return; // no name as written nests deeper; a guard against a compiler's cyclic mirror
    }
    switch (type.getKind()) {
      case ERROR, DECLARED -> {
        if (type.getKind() == TypeKind.ERROR) {
          String name = type.toString().replaceAll("<.*", "");
          if (!name.isEmpty() && elements.getTypeElement(name) == null) {
            found.add(name);
          }
        }
        if (type instanceof DeclaredType declared) {
          for (TypeMirror argument : declared.getTypeArguments()) {
            errorTypes(argument, found, depth + 1);
          }
        }
      }
      case ARRAY -> errorTypes(((ArrayType) type).getComponentType(), found, depth + 1);
      case WILDCARD -> {
        WildcardType wildcard = (WildcardType) type;
        if (wildcard.getExtendsBound() != null) {
          errorTypes(wildcard.getExtendsBound(), found, depth + 1);
        }
        if (wildcard.getSuperBound() != null) {
          errorTypes(wildcard.getSuperBound(), found, depth + 1);
        }
      }
      default -> {
        // primitives, void, type variables: nothing to resolve
      }
    }
  }

  private boolean sameParameters(EnumMethod mine, ExecutableElement method) {
    List<? extends VariableElement> parameters = method.getParameters();
    if (parameters.size() != mine.parameters().size()) {
      return false;
    }
    for (int i = 0; i < parameters.size(); i++) {
      String expected = mine.parameters().get(i);
      TypeMirror actual = parameters.get(i).asType();
      if (!expected.equals(HANDLER) && !types.erasure(actual).toString().equals(expected)) {
        return false;
      }
    }
    return true;
  }

  /** Whether the enum's method may implement or override {@code method}'s return type. */
  private boolean returnFits(EnumMethod mine, ExecutableElement method) {
    TypeMirror declared = method.getReturnType();
    if (declared.getKind() == TypeKind.ERROR
        || declared.getKind() == TypeKind.TYPEVAR
        || mine.returns().equals("R")
        || mine.returns().endsWith("Exception")) {
      return true; // types generated in this round, or generic: javac checks what it can see
    }
    if (declared.getKind().isPrimitive()) {
      return declared.toString().equals(mine.returns());
    }
    if (mine.returns().equals("int") || mine.returns().equals("boolean")) {
      return false;
    }
    TypeElement returned = elements.getTypeElement(mine.returns().replaceAll("<.*", ""));
    if (returned == null) {
      return true;
    }
    TypeMirror ours =
        mine.returns().contains("<")
            ? types.getDeclaredType(returned, elements.getTypeElement("java.lang.String").asType())
            : returned.asType();
    return types.isSubtype(ours, declared);
  }

  private boolean inheritedFromEnum(ExecutableElement method, TypeElement enumType) {
    for (ExecutableElement candidate : ElementFilter.methodsIn(elements.getAllMembers(enumType))) {
      if (candidate.getSimpleName().equals(method.getSimpleName())
          && candidate.getModifiers().contains(Modifier.PUBLIC)
          && !candidate.getModifiers().contains(Modifier.STATIC)
          && candidate.getParameters().size() == method.getParameters().size()) {
        boolean same = true;
        for (int i = 0; i < candidate.getParameters().size(); i++) {
          same &=
              types.isSameType(
                  types.erasure(candidate.getParameters().get(i).asType()),
                  types.erasure(method.getParameters().get(i).asType()));
        }
        if (same) {
          return true;
        }
      }
    }
    return false;
  }

  private static String describe(ExecutableElement method, Element owner) {
    String parameters =
        method.getParameters().stream()
            .map(p -> simple(p.asType().toString()))
            .collect(Collectors.joining(", "));
    return "the method "
        + simple(method.getReturnType().toString())
        + " "
        + method.getSimpleName()
        + "("
        + parameters
        + ") of "
        + owner.getSimpleName();
  }

  private static String simple(String type) {
    return type.replaceAll("\\b[a-z][a-z0-9_]*\\.", "");
  }
}
