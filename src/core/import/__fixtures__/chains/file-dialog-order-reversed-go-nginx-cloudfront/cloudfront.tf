resource "aws_cloudfront_distribution" "site" {
  enabled = true

  origin {
    domain_name = "origin.example.com"
    origin_id   = "nginx-origin"

    custom_origin_config {
      http_port                = 80
      https_port               = 443
      origin_protocol_policy   = "https-only"
      origin_ssl_protocols     = ["TLSv1.2"]
      origin_keepalive_timeout = 30
      origin_read_timeout      = 30
    }
  }

  default_cache_behavior {
    target_origin_id       = "nginx-origin"
    viewer_protocol_policy = "redirect-to-https"
    allowed_methods        = ["GET", "HEAD"]
    cached_methods         = ["GET", "HEAD"]
  }
}
