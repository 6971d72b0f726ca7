/** The baseline for start-up: a bare JVM printing one line. */
public class Hello {
  public static void main(String[] args) {
    System.out.println("Hello, World");
  }
}
