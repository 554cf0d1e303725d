# Study note section 9: an EFS file system with a mount target per AZ is shared by tasks in different AZs.
FS=$(aws efs create-file-system --performance-mode generalPurpose --encrypted --query FileSystemId --output text)
SUBNET_A=$(aws ec2 describe-subnets --filters Name=availability-zone,Values=ap-northeast-2a --query 'Subnets[0].SubnetId' --output text)
SUBNET_C=$(aws ec2 describe-subnets --filters Name=availability-zone,Values=ap-northeast-2c --query 'Subnets[0].SubnetId' --output text)
sim advance 30s
aws efs create-mount-target --file-system-id $FS --subnet-id $SUBNET_A --query '[AvailabilityZoneName,LifeCycleState]' --output text
aws efs create-mount-target --file-system-id $FS --subnet-id $SUBNET_A
aws efs create-mount-target --file-system-id $FS --subnet-id $SUBNET_C --query AvailabilityZoneName --output text
sim advance 2m
aws efs describe-mount-targets --file-system-id $FS --query 'MountTargets[].[AvailabilityZoneName,LifeCycleState]' --output text
aws ecs create-cluster --cluster-name shared --query cluster.status --output text
cat > writer.json <<EOF
{
  "family": "writer", "networkMode": "awsvpc", "requiresCompatibilities": ["FARGATE"], "cpu": "256", "memory": "512",
  "volumes": [{"name": "data", "efsVolumeConfiguration": {"fileSystemId": "$FS", "transitEncryption": "ENABLED"}}],
  "containerDefinitions": [{"name": "app", "image": "busybox",
    "command": ["sh", "-c", "echo written in ap-northeast-2a > /data/note.txt; echo ok"],
    "mountPoints": [{"sourceVolume": "data", "containerPath": "/data"}]}]
}
EOF
cat > reader.json <<EOF
{
  "family": "reader", "networkMode": "awsvpc", "requiresCompatibilities": ["FARGATE"], "cpu": "256", "memory": "512",
  "volumes": [{"name": "data", "efsVolumeConfiguration": {"fileSystemId": "$FS", "transitEncryption": "ENABLED"}}],
  "containerDefinitions": [{"name": "app", "image": "busybox", "command": ["sh", "-c", "cat /data/note.txt"],
    "mountPoints": [{"sourceVolume": "data", "containerPath": "/data"}]}]
}
EOF
aws ecs register-task-definition --cli-input-json file://writer.json --query taskDefinition.taskDefinitionArn --output text
aws ecs register-task-definition --cli-input-json file://reader.json --query taskDefinition.taskDefinitionArn --output text
W=$(aws ecs run-task --cluster shared --launch-type FARGATE --task-definition writer --network-configuration "awsvpcConfiguration={subnets=[$SUBNET_A]}" --query 'tasks[0].taskArn' --output text)
aws ecs wait tasks-stopped --cluster shared --tasks $W
aws ecs describe-tasks --cluster shared --tasks $W --query 'tasks[0].[availabilityZone,containers[0].exitCode]' --output text
R=$(aws ecs run-task --cluster shared --launch-type FARGATE --task-definition reader --network-configuration "awsvpcConfiguration={subnets=[$SUBNET_C]}" --query 'tasks[0].taskArn' --output text)
aws ecs wait tasks-stopped --cluster shared --tasks $R
aws ecs describe-tasks --cluster shared --tasks $R --query 'tasks[0].[availabilityZone,containers[0].exitCode,stoppedReason]' --output text
SUBNET_B=$(aws ec2 describe-subnets --filters Name=availability-zone,Values=ap-northeast-2b --query 'Subnets[0].SubnetId' --output text)
B=$(aws ecs run-task --cluster shared --launch-type FARGATE --task-definition reader --network-configuration "awsvpcConfiguration={subnets=[$SUBNET_B]}" --query 'tasks[0].taskArn' --output text)
aws ecs wait tasks-stopped --cluster shared --tasks $B
aws ecs describe-tasks --cluster shared --tasks $B --query 'tasks[0].[availabilityZone,stopCode,stoppedReason]' --output text
