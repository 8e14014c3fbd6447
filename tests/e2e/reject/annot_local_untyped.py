# ERROR: 7:14: 'n' is a str here, but 'n' is annotated int
def echo(x):
    return x


def f() -> None:
    n: int = echo("seven")
    print(n)


f()
