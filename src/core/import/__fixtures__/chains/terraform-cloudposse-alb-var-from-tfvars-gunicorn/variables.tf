variable "stage" {
  type = string
}

variable "certificate_arn" {
  type = string
}

variable "alb_idle_timeout" {
  type        = number
  description = "Seconds; no default on purpose, set per stage"
}
