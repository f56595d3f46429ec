package dev.statusspec.it.webflux.app;

import dev.statusspec.it.webflux.FieldApiControllerAdvice;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

/**
 * A reactive Spring Boot app (WebFlux on Reactor Netty) whose controllers throw the generated
 * exceptions. It lives in a package of its own, so component scanning does not find the generated
 * advice: the one line that brings it in is the {@code @Import}.
 */
@SpringBootApplication
@Import(FieldApiControllerAdvice.class)
public class TestApplication {}
