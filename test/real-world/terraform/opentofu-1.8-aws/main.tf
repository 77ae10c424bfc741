terraform {
  required_version = ">= 1.6"
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.70"
    }
  }
}

provider "aws" {
  region = "us-east-1"
  default_tags {
    tags = {
      ManagedBy = "terraform"
    }
  }
}

variable "cluster_name" {
  type    = string
  default = "prod"
}

locals {
  batch_subnet_id = aws_subnet.batch.id
}

resource "aws_vpc" "k8s" {
  cidr_block           = "10.0.0.0/16"
  enable_dns_hostnames = true
  tags = {
    Name = "k8s-${var.cluster_name}"
  }
}

resource "aws_subnet" "nodes" {
  vpc_id            = aws_vpc.k8s.id
  cidr_block        = "10.0.1.0/24"
  availability_zone = "us-east-1a"
  tags = {
    Name = "k8s-nodes"
  }
}

resource "aws_subnet" "edge" {
  vpc_id            = aws_vpc.k8s.id
  cidr_block        = "10.0.2.0/24"
  availability_zone = "us-east-1b"
  tags = {
    Name = "k8s-edge"
  }
}

resource "aws_subnet" "batch" {
  vpc_id            = aws_vpc.k8s.id
  cidr_block        = "10.0.3.0/24"
  availability_zone = "us-east-1a"
  tags = {
    Name = "k8s-batch"
  }
}

module "workers" {
  source       = "./modules/workers"
  cluster_name = var.cluster_name
  subnet_id    = aws_subnet.nodes.id
  workers = {
    w1 = { private_ip = "10.0.1.21", instance_type = "m6i.xlarge" }
    w2 = { private_ip = "10.0.1.22", instance_type = "m6i.xlarge" }
    w3 = { private_ip = "10.0.1.23", instance_type = "m6i.2xlarge" }
  }
}

# (a) source_dest_check is not set: the check stays ON.
resource "aws_instance" "gpu" {
  ami           = "ami-0c7217cdde317cfec"
  instance_type = "g5.xlarge"
  subnet_id     = aws_subnet.nodes.id
  tags = {
    Name                                        = "k8s-gpu-0"
    "kubernetes.io/cluster/${var.cluster_name}" = "owned"
  }
}

# (c) in another subnet than every other node.
resource "aws_instance" "edge" {
  ami               = "ami-0c7217cdde317cfec"
  instance_type     = "m6i.large"
  subnet_id         = aws_subnet.edge.id
  source_dest_check = false
  tags = {
    Name                                        = "k8s-edge-0"
    "kubernetes.io/cluster/${var.cluster_name}" = "owned"
  }
}

# (d) its subnet comes from a local value: known only after apply, and not in the plan's configuration.
resource "aws_instance" "batch" {
  ami               = "ami-0c7217cdde317cfec"
  instance_type     = "c6i.2xlarge"
  subnet_id         = local.batch_subnet_id
  source_dest_check = false
  tags = {
    Name                                        = "k8s-batch-0"
    "kubernetes.io/cluster/${var.cluster_name}" = "owned"
  }
}

# (b) a launch template cannot turn the source/destination check off.
resource "aws_launch_template" "spot" {
  name_prefix            = "k8s-spot-"
  image_id               = "ami-0c7217cdde317cfec"
  instance_type          = "m6i.xlarge"
  vpc_security_group_ids = ["sg-0c4d5e6f7a8b9c0d1"]
  tag_specifications {
    resource_type = "instance"
    tags = {
      Name                                        = "k8s-spot"
      "kubernetes.io/cluster/${var.cluster_name}" = "owned"
    }
  }
}

resource "aws_autoscaling_group" "spot" {
  name                = "k8s-spot"
  min_size            = 0
  max_size            = 10
  desired_capacity    = 2
  vpc_zone_identifier = [aws_subnet.nodes.id]
  launch_template {
    id      = aws_launch_template.spot.id
    version = "$Latest"
  }
  tag {
    key                 = "kubernetes.io/cluster/${var.cluster_name}"
    value               = "owned"
    propagate_at_launch = true
  }
}
