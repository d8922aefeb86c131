environment     = "prod"
certificate_arn = "arn:aws:acm:eu-west-1:123456789012:certificate/0b1e2c3d-aaaa-bbbb-cccc-1234567890ab"
# checkout calls are short: fail fast on idle connections
idle_timeout = 30
