# ERROR: 8:7: the value is a float here, but parameter 1 of @show is annotated Union[int,str]
from typing import Union


def show(x: Union[int, str]) -> None:
    print(x)

print(show(2.5))
