# Slicing with steps (read and assignment) and str methods.
data = list(range(12))
print(data[2:5], data[-3:], data[:-9], data[::4], data[::-3], data[9:2:-2], data[50:], data[4:1])
data[1:3] = ["a", "b", "c"]
print(data)
data[::3] = [0] * 5
print(data)
del data[::2]
print(data)
s = "Hello, World"
print(s[::-1], s[1:5], s[-5:], s.lower(), s.upper(), s.split(", "), s.find("o"), s.count("l"))
print(s.replace("l", "L", 2), s.startswith("He"), s.endswith("x"), s.center(20, "*"), s.zfill(15))
print(" x ".strip(), "a,b,,c".split(","), "  many   spaces ".split(), "-".join(["a", "b"]))
print("abc".isalpha(), "123".isdigit(), "Title Case".istitle(), ord("A"), chr(97), str(12) + "!")
print(int("42") + 1, float("2.5"), int("-7"), int("ff", 16), str(3.0), repr(1e16))
