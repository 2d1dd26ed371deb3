package com.rootline;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class RootlineApplication {

	public static void main(String[] args) {
		SpringApplication.run(RootlineApplication.class, args);
	}

}
