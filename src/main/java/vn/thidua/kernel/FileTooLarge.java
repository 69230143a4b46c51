package vn.thidua.kernel;

/** An uploaded file over the size limit of its form. */
public class FileTooLarge extends RuntimeException {

  private final int limitMegabytes;

  public FileTooLarge(int limitMegabytes) {
    super("error.file-too-large");
    this.limitMegabytes = limitMegabytes;
  }

  public int limitMegabytes() {
    return limitMegabytes;
  }
}
