/** A shop client in a named module; statusspec is needed only while compiling. */
module com.example.shop {
  requires static dev.statusspec;
}
