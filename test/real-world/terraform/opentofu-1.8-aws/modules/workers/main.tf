variable "cluster_name" {
  type = string
}

variable "subnet_id" {
  type = string
}

variable "workers" {
  type = map(object({
    private_ip    = string
    instance_type = string
  }))
}

resource "aws_instance" "node" {
  for_each          = var.workers
  ami               = "ami-0c7217cdde317cfec"
  instance_type     = each.value.instance_type
  subnet_id         = var.subnet_id
  private_ip        = each.value.private_ip
  source_dest_check = false
  tags = {
    Name                                        = "k8s-worker-${each.key}"
    "kubernetes.io/cluster/${var.cluster_name}" = "owned"
  }
}
