package org.yibao;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

/**
 * Yibao 智慧医保: the smart medical insurance public service platform, one deployable modular monolith.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@Modulithic(systemName = "Yibao", sharedModules = "common")
public class YibaoApplication {

    public static void main(String[] args) {
        SpringApplication.run(YibaoApplication.class, args);
    }
}
