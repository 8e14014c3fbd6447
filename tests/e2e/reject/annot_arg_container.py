# ERROR: 9:7: the value is a str here, but parameter 1 of @mean is annotated list[float]
# A str passed where a list is annotated: the annotation is checked, not trusted.
def mean(xs: list[float]):
    for x in xs:
        print(x)
    return len(xs)


print(mean("3.5"))
