import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * The build's step after the binaries are compiled (process-classes, issue 21): the body of
 * dev.exoplan.util.Embedded.get is replaced by one that returns each named binary's bytes, held as
 * string constants of Latin-1 characters (a byte each, at most 20,000 to a constant: a constant's
 * modified UTF-8 may take two bytes a character and must stay under 65,536). Embedded says why.
 *
 * <p>usage: java -cp ASM_JARS src/build/Embed.java CLASSES_DIR RESOURCE...
 */
public final class Embed {
  private static final String OWNER = "dev/exoplan/util/Embedded";
  private static final int CHUNK = 20_000;

  public static void main(String[] args) throws IOException {
    Path root = Path.of(args[0]);
    Path cls = root.resolve(OWNER + ".class");
    ClassReader r = new ClassReader(Files.readAllBytes(cls));
    ClassWriter w = new ClassWriter(r, ClassWriter.COMPUTE_MAXS | ClassWriter.COMPUTE_FRAMES) {
      @Override
      protected String getCommonSuperClass(String a, String b) {
        return "java/lang/Object";
      }
    };
    long total = 0;
    r.accept(new ClassVisitor(Opcodes.ASM9, w) {
      @Override
      public MethodVisitor visitMethod(int access, String name, String desc, String sig,
          String[] exceptions) {
        if (name.equals("get") && desc.equals("(Ljava/lang/String;)[B")) {
          return null; // written anew below
        }
        return super.visitMethod(access, name, desc, sig, exceptions);
      }
    }, ClassReader.SKIP_FRAMES);
    MethodVisitor mv = w.visitMethod(Opcodes.ACC_STATIC, "get", "(Ljava/lang/String;)[B", null,
        null);
    mv.visitCode();
    for (int i = 1; i < args.length; i++) {
      byte[] data = Files.readAllBytes(root.resolve(args[i]));
      total += data.length;
      Label next = new Label();
      mv.visitLdcInsn(args[i]);
      mv.visitVarInsn(Opcodes.ALOAD, 0);
      mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, "java/lang/String", "equals",
          "(Ljava/lang/Object;)Z", false);
      mv.visitJumpInsn(Opcodes.IFEQ, next);
      mv.visitLdcInsn(data.length);
      int parts = (data.length + CHUNK - 1) / CHUNK;
      mv.visitLdcInsn(parts);
      mv.visitTypeInsn(Opcodes.ANEWARRAY, "java/lang/String");
      for (int p = 0; p < parts; p++) {
        int from = p * CHUNK;
        int to = Math.min(data.length, from + CHUNK);
        char[] c = new char[to - from];
        for (int k = from; k < to; k++) {
          c[k - from] = (char) (data[k] & 0xff);
        }
        mv.visitInsn(Opcodes.DUP);
        mv.visitLdcInsn(p);
        mv.visitLdcInsn(new String(c));
        mv.visitInsn(Opcodes.AASTORE);
      }
      mv.visitMethodInsn(Opcodes.INVOKESTATIC, OWNER, "join", "(I[Ljava/lang/String;)[B", false);
      mv.visitInsn(Opcodes.ARETURN);
      mv.visitLabel(next);
    }
    mv.visitInsn(Opcodes.ACONST_NULL);
    mv.visitInsn(Opcodes.ARETURN);
    mv.visitMaxs(0, 0);
    mv.visitEnd();
    Files.write(cls, w.toByteArray());
    System.out.println("embed: " + (args.length - 1) + " binaries, " + total + " bytes, in "
        + OWNER.replace('/', '.'));
  }
}
