/**
 * DOCX/XLSX/PDF reading and rendering in the state format, fonts and file storage. It renders what
 * it is given and names no other module.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"kernel"})
package vn.thidua.document;
