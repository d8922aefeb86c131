tls_passthrough   = true
public_subnet_ids = ["subnet-0c1a2b3d4e5f60789", "subnet-0d9e8f7a6b5c40312"]
