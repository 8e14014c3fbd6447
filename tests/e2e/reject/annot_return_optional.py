# ERROR: 8:5: 'n' is an int here, but the return type of @name is annotated Optional[str]
from typing import Optional


def name(n: int) -> Optional[str]:
    if n < 0:
        return None
    return n


print(name(3))
