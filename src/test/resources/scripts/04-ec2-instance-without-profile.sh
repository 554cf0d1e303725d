# Study note section 5: an EC2 instance joins an ECS cluster only when its instance profile's role allows it.
aws ecs create-cluster --cluster-name demo --query cluster.clusterArn --output text
AMI=$(aws ssm get-parameters --names /aws/service/ecs/optimized-ami/amazon-linux-2023/recommended/image_id --query 'Parameters[0].Value' --output text)
cat > userdata.sh <<'EOF'
#!/bin/bash
echo ECS_CLUSTER=demo >> /etc/ecs/ecs.config
EOF
aws ec2 run-instances --image-id $AMI --instance-type t3.small --user-data file://userdata.sh --query 'Instances[0].State.Name' --output text
sim advance 5m
aws ecs list-container-instances --cluster demo
aws ecs describe-clusters --clusters demo --query 'clusters[0].registeredContainerInstancesCount'
cat > ec2-trust.json <<'EOF'
{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"}]}
EOF
aws iam create-role --role-name ecsInstanceRole --assume-role-policy-document file://ec2-trust.json --query Role.RoleName --output text
aws iam attach-role-policy --role-name ecsInstanceRole --policy-arn arn:aws:iam::aws:policy/service-role/AmazonEC2ContainerServiceforEC2Role
aws iam create-instance-profile --instance-profile-name ecsInstanceRole --query InstanceProfile.InstanceProfileName --output text
aws iam add-role-to-instance-profile --instance-profile-name ecsInstanceRole --role-name ecsInstanceRole
aws ec2 run-instances --image-id $AMI --instance-type t3.small --user-data file://userdata.sh \
  --iam-instance-profile Name=ecsInstanceRole --placement AvailabilityZone=ap-northeast-2b \
  --query 'Instances[0].[InstanceType,Placement.AvailabilityZone]' --output text
sim advance 5m
aws ecs list-container-instances --cluster demo --query 'length(containerInstanceArns)'
CI=$(aws ecs list-container-instances --cluster demo --query 'containerInstanceArns[0]' --output text)
aws ecs describe-container-instances --cluster demo --container-instances $CI \
  --query 'containerInstances[0].{status: status, agent: agentConnected, cpu: registeredResources[?name==`CPU`].integerValue | [0], memory: registeredResources[?name==`MEMORY`].integerValue | [0]}' --output table
aws ecs register-task-definition --family batch --container-definitions '[{"name": "job", "image": "busybox", "memory": 128, "command": ["sh", "-c", "echo working; sleep 30; echo done"]}]' --query taskDefinition.revision
aws ecs run-task --cluster demo --task-definition batch --count 2 --query 'tasks[].lastStatus' --output text
sim advance 2m
aws ecs list-tasks --cluster demo --desired-status STOPPED --query 'length(taskArns)'
