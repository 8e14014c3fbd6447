# ERROR: 7:12: 'y' is a str here, but parameter 1 of @twice is annotated int
def twice(x: int) -> int:
    return 2 * x


def relay(y):
    return twice(y)


print(relay("a"))
