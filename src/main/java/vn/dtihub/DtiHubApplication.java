package vn.dtihub;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;
import vn.dtihub.shared.BackupCommand;

@SpringBootApplication
@Modulithic(sharedModules = "shared")
public class DtiHubApplication {

    public static void main(String[] args) {
        if (BackupCommand.handles(args)) {
            System.exit(BackupCommand.run(args));
        }
        SpringApplication.run(DtiHubApplication.class, args);
    }
}
