package dev.ruff.stdlib.crypto;

import dev.ruff.spi.Arity;
import dev.ruff.spi.Capability;
import dev.ruff.spi.NativeRegistry;
import dev.ruff.spi.RuffModule;

/** Hashing, password hashing, base64, AES-GCM, RSA and HS256 JWT, all on the JDK's providers. */
public final class CryptoModule implements RuffModule {

    @Override
    public String name() {
        return "crypto";
    }

    @Override
    public void register(NativeRegistry r) {
        Capability none = Capability.NONE;
        r.function("sha256(data)", Arity.unchecked(), none, "SHA-256 of a string or bytes, as lower-case hex.",
                call -> HashNatives.digest(call, "SHA-256"));
        r.function("md5(data)", Arity.unchecked(), none, "MD5 of a string or bytes, as lower-case hex.",
                call -> HashNatives.digest(call, "MD5"));
        r.function("sha256_file(path)", Arity.exact(1), Capability.FS_READ, "SHA-256 of a file's content, as hex.",
                call -> HashNatives.fileDigest(call, "SHA-256"));
        r.function("md5_file(path)", Arity.exact(1), Capability.FS_READ, "MD5 of a file's content, as hex.",
                call -> HashNatives.fileDigest(call, "MD5"));
        r.function("hash_password(password)", Arity.exact(1), none, "bcrypt hash ($2b$, cost 12) of a password.",
                HashNatives::hashPassword);
        r.function("verify_password(password, hash)", Arity.exact(2), none, "Whether a password matches a bcrypt hash.",
                HashNatives::verifyPassword);
        r.function("encode_base64(data)", Arity.exact(1), none, "Standard base64 (with padding) of a string or bytes.",
                HashNatives::encodeBase64);
        r.function("decode_base64(text)", Arity.exact(1), none, "Decodes standard base64 into bytes.",
                HashNatives::decodeBase64);
        r.function("aes_encrypt(plaintext, key)", Arity.unchecked(), none, "AES-256-GCM encrypts text; base64 of nonce+ciphertext.",
                CipherNatives::aesEncrypt);
        r.function("aes_decrypt(ciphertext_b64, key)", Arity.unchecked(), none, "Decrypts aes_encrypt output back to text.",
                call -> CipherNatives.aesDecrypt(call, false));
        r.function("aes_encrypt_bytes(data, key)", Arity.unchecked(), none, "Same as aes_encrypt.", CipherNatives::aesEncrypt);
        r.function("aes_decrypt_bytes(ciphertext_b64, key)", Arity.unchecked(), none,
                "Like aes_decrypt; non-UTF-8 plaintext comes back base64-encoded.",
                call -> CipherNatives.aesDecrypt(call, true));
        r.function("rsa_generate_keypair(bits)", Arity.unchecked(), none,
                "New RSA key pair (2048 or 4096 bits) as {private, public} PEM strings.", CipherNatives::rsaGenerate);
        r.function("rsa_encrypt(plaintext, public_pem)", Arity.unchecked(), none, "RSA-OAEP (SHA-256) encryption; base64 result.",
                CipherNatives::rsaEncrypt);
        r.function("rsa_decrypt(ciphertext_b64, private_pem)", Arity.unchecked(), none, "RSA-OAEP (SHA-256) decryption of base64 ciphertext.",
                CipherNatives::rsaDecrypt);
        r.function("rsa_sign(message, private_pem)", Arity.unchecked(), none, "PKCS#1 v1.5 SHA-256 signature, base64.",
                CipherNatives::rsaSign);
        r.function("rsa_verify(message, signature_b64, public_pem)", Arity.unchecked(), none, "Checks an rsa_sign signature.", CipherNatives::rsaVerify);
        r.function("jwt_encode(payload, secret)", Arity.unchecked(), none, "HS256 JWT of a payload dict.", call -> JwtNatives.encode(call));
        r.function("jwt_decode(token, secret)", Arity.unchecked(), none, "Claims of an HS256 JWT (signature checked, exp not).",
                call -> JwtNatives.decode(call));
        r.function("jwt_verify(token, secret)", Arity.unchecked(), none, "Whether an HS256 JWT is valid and unexpired; never raises.",
                call -> JwtNatives.verify(call));
    }
}
