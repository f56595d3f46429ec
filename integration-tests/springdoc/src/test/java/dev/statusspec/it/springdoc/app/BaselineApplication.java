package dev.statusspec.it.springdoc.app;

import dev.statusspec.it.springdoc.api.OrdersApiControllerAdvice;
import dev.statusspec.it.springdoc.web.OrdersController;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

/**
 * The same app without the customizer: the document springdoc makes by itself, to compare the
 * operations the spec does not name with, and to show the guesses the customizer replaces.
 */
@SpringBootApplication(scanBasePackageClasses = OrdersController.class)
@Import(OrdersApiControllerAdvice.class)
public class BaselineApplication {}
