# ERROR: 4:17: 'xs' is a list[float] here, but 'xs' is annotated list[int]
# CPython does not enforce annotations: xs holds floats, which contradicts
# its annotation, so the program is rejected instead of trusted.
xs: list[int] = []
xs.append(1.5)
print(xs)
