# ERROR: 2:1: unsupported: function 'evens' may reach its end without returning a list[int]
def evens(n: int) -> list[int]:
    if n > 0:
        return [i for i in range(n) if i % 2 == 0]


print(evens(4))
