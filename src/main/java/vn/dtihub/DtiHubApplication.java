package vn.dtihub;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

@SpringBootApplication
@Modulithic(sharedModules = "shared")
public class DtiHubApplication {

    public static void main(String[] args) {
        SpringApplication.run(DtiHubApplication.class, args);
    }
}
