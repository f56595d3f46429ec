package com.example.shop

/** What to do about a status: a `when` without `else`, so a status added to the spec breaks it. */
fun advice(status: ShopStatus): String =
    when (status) {
        ShopStatus.OK -> "proceed"
        ShopStatus.NOT_FOUND -> "report"
        ShopStatus.OUT_OF_STOCK -> "back-order"
        ShopStatus.SERVICE_UNAVAILABLE -> "retry"
    }

/** The generated exceptions are sealed: this `when` needs no `else` either. */
fun userMessage(e: ShopException): String =
    when (e) {
        is NotFoundException -> "no such order: ${e.message}"
        is OutOfStockException -> "out of stock"
        is ServiceUnavailableException -> "try again later"
    }

/** A Kotlin class implementing the generated handler. */
class Recovery : ShopStatusHandler<String> {
    override fun onOk() = "proceed"

    override fun onNotFound() = "report"

    override fun onOutOfStock() = "back-order"

    override fun onServiceUnavailable() = "retry"

    override fun onUnknown(code: Int) = "unknown $code"
}

fun main() {
    println(advice(ShopStatus.resolve(409, "out_of_stock").orElseThrow()))
    println(ShopStatus.dispatch(503, null, Recovery()))
    println(ShopStatus.dispatch(418, "teapot", Recovery()))
    println(userMessage(ShopStatus.fromCode(404).toException("order 7")))
    val inventory =
        object : InventoryStatusHandler<Int> {
            override fun onOk() = 1

            override fun onGone() = 0

            override fun onUnknown(code: Int) = -1
        }
    println(InventoryStatus.dispatch(410, null, inventory))
    println(InventoryStatus.GONE.description())
}
