/** Administrative units, organisations, people, emulation blocks, users, roles and scopes. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"kernel", "document"})
package vn.thidua.organization;
