package vn.dtihub;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.modulith.Modulithic;
import vn.dtihub.shared.BackupCommand;
import vn.dtihub.shared.DtiHubProperties;

@SpringBootApplication
@Modulithic(sharedModules = "shared")
@EnableConfigurationProperties(DtiHubProperties.class)
public class DtiHubApplication {

    public static void main(String[] args) {
        if (BackupCommand.handles(args)) {
            System.exit(BackupCommand.run(args));
        }
        SpringApplication.run(DtiHubApplication.class, args);
    }
}
