# ERROR: 9:7: the value is a tuple[int,str] here, but parameter 1 of @show is annotated tuple[int,...]
import typing


def show(t: typing.Tuple[int, ...]) -> None:
    print(t)


print(show((1, "a")))
