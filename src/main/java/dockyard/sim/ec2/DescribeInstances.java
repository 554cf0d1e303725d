package dockyard.sim.ec2;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dockyard.sim.Caller;
import dockyard.sim.Json;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** DescribeInstances: instances of the caller's region grouped by reservation, narrowed by ids and Filters. */
final class DescribeInstances {
    private DescribeInstances() {
    }

    static ObjectNode describe(Ec2 ec2, ObjectNode in, Caller caller, List<String> wanted) {
        Map<String, Function<Instance, List<String>>> f = new LinkedHashMap<>();
        f.put("instance-id", i -> List.of(i.id));
        f.put("instance-state-name", i -> List.of(i.state.apiName()));
        f.put("instance-state-code", i -> List.of(String.valueOf(i.state.code())));
        f.put("instance-type", i -> List.of(i.type.name()));
        f.put("availability-zone", i -> List.of(i.subnet.az()));
        f.put("subnet-id", i -> List.of(i.subnet.id()));
        f.put("vpc-id", i -> List.of(ec2.network(i.region).vpcId));
        f.put("image-id", i -> List.of(i.ami.imageId()));
        f.put("reservation-id", i -> List.of(i.reservationId));
        f.put("private-ip-address", i -> List.of(i.privateIp));
        f.put("ip-address", i -> i.publicIp == null ? List.of() : List.of(i.publicIp));
        f.put("iam-instance-profile.arn", i -> i.profileArn == null ? List.of() : List.of(i.profileArn));
        f.put("instance.group-id", i -> i.securityGroupIds);
        ObjectNode out = Json.object();
        ArrayNode reservations = out.putArray("Reservations");
        Map<String, ObjectNode> byReservation = new LinkedHashMap<>();
        for (Instance i : ec2.instances.values()) {
            if (!i.region.equals(caller.region()) || (!wanted.isEmpty() && !wanted.contains(i.id))) continue;
            if (!Filters.match(in, i, f, x -> x.tags)) continue;
            ObjectNode r = byReservation.computeIfAbsent(i.reservationId, id -> {
                ObjectNode o = reservations.addObject();
                o.putArray("Groups");
                o.putArray("Instances");
                o.put("OwnerId", Caller.ACCOUNT).put("ReservationId", id);
                return o;
            });
            ((ArrayNode) r.get("Instances")).add(InstanceJson.of(i, ec2.network(i.region)));
        }
        return out;
    }
}
