# ERROR: 7:5: the value is a str here, but @seen is annotated set[int]
seen: set[int] = {1}


def reset() -> None:
    global seen
    seen = "none"


reset()
print(seen)
