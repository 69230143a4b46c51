package vn.thidua;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The module table of architecture.md, enforced. */
class ModularityTest {

  static final ApplicationModules MODULES = ApplicationModules.of(ThiDuaApplication.class);
  static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("vn.thidua");

  @Test
  void modulesRespectTheirAllowedDependenciesAndHaveNoCycles() {
    MODULES.verify();
  }

  @Test
  void kernelNamesNoOtherModule() {
    noClasses()
        .that()
        .resideInAPackage("vn.thidua.kernel..")
        .and()
        .doNotHaveSimpleName("package-info")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "vn.thidua.platform..",
            "vn.thidua.organization..",
            "vn.thidua.document..",
            "org.springframework..")
        .check(CLASSES);
  }

  @Test
  void documentRendersWhatItIsGivenAndNamesNoHigherModule() {
    noClasses()
        .that()
        .resideInAPackage("vn.thidua.document..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("vn.thidua.platform..", "vn.thidua.organization..")
        .check(CLASSES);
  }

  @Test
  void noFieldInjection() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .haveFullyQualifiedName("org.springframework.beans.factory.annotation.Autowired")
        .because("constructors, not field injection")
        .check(CLASSES);
  }

  @Test
  void controllersLiveInWebPackages() {
    noClasses()
        .that()
        .areAnnotatedWith(org.springframework.stereotype.Controller.class)
        .or()
        .areAnnotatedWith(org.springframework.web.bind.annotation.RestController.class)
        .should()
        .resideOutsideOfPackages("..web..", "vn.thidua.platform..")
        .check(CLASSES);
  }

  @Test
  void writesModuleDocumentation() {
    new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
  }
}
