package dev.statusspec.it.springdoc.app;

import dev.statusspec.it.springdoc.api.OrdersApi;
import dev.statusspec.it.springdoc.web.OrdersController;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The Orders API with the generated types found by component scanning of the spec's package: the
 * controller advice and {@code OrdersApiOpenApiCustomizer}.
 */
@SpringBootApplication(scanBasePackageClasses = {OrdersApi.class, OrdersController.class})
public class DocsApplication {}
