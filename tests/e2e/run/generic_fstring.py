def greet(name: str, n: int) -> None:
    for i in range(n):
        if i > 0:
            print(f"{name} #{i}")
greet("x", 2)
