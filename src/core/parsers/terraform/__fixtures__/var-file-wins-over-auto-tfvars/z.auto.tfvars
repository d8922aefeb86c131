idle = 45
