package dockyard.shell.aws;

import dockyard.sim.AwsService;
import dockyard.sim.World;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CatalogueTest {
    /** Services the engine does not register yet are not offered at all (see {@code AwsCli.serviceNames}). */
    @Test
    void forEveryRegisteredServiceTheCatalogueListsOnlyOperationsTheEngineImplements() {
        World world = new World(1);
        List<String> missing = new ArrayList<>();
        for (Catalogue.Service s : Catalogue.shared().services().values()) {
            AwsService engine = world.services().get(s.engineName());
            if (engine == null) continue;
            for (Catalogue.Operation op : s.operations().values()) {
                if (!engine.operations().contains(op.apiName())) missing.add(s.cliName() + " " + op.cliName());
            }
        }
        assertThat(missing).as("catalogue operations the engine does not implement").isEmpty();
    }

    @Test
    void everyEngineOperationOfACatalogueServiceHasACliCommand() {
        World world = new World(1);
        List<String> uncovered = new ArrayList<>();
        for (Catalogue.Service s : Catalogue.shared().services().values()) {
            AwsService engine = world.services().get(s.engineName());
            if (engine == null) continue;
            for (String api : engine.operations()) {
                if (!s.operations().containsKey(Catalogue.xform(api))) uncovered.add(s.cliName() + " " + api);
            }
        }
        assertThat(uncovered).as("engine operations the CLI cannot call").isEmpty();
    }
}
