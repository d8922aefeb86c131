passthrough = true
