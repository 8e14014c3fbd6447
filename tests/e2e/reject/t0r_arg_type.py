# ERROR: 5:17: argument 'scale' of area() must be float, not str
def area(w: float, scale: float) -> float:
    return w * w * scale
print(area(2.0, 1.5))
print(area(1.0, "2"))
