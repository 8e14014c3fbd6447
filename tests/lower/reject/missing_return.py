def f(n: int) -> int:
    if n:
        return 1
# ERROR: 1:1: unsupported: function 'f' may reach its end without returning an int
