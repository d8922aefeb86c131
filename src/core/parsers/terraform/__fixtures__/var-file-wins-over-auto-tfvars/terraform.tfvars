idle = 30
