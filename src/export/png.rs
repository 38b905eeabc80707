//! PNG encoding with text metadata (iTXt), so a picture carries its title, sources and inputs.

use super::render::Rgba;

/// Encodes RGBA pixels as PNG with iTXt text chunks.
pub fn encode(image: &Rgba, text: &[(String, String)]) -> Result<Vec<u8>, String> {
    let failed = |e: png::EncodingError| format!("the PNG could not be encoded: {e}");
    let mut bytes = Vec::new();
    {
        let mut encoder = png::Encoder::new(&mut bytes, image.width, image.height);
        encoder.set_color(png::ColorType::Rgba);
        encoder.set_depth(png::BitDepth::Eight);
        for (key, value) in text {
            encoder
                .add_itxt_chunk(key.clone(), value.clone())
                .map_err(|e| format!("the PNG metadata could not be written: {e}"))?;
        }
        let mut writer = encoder.write_header().map_err(failed)?;
        writer.write_image_data(&image.pixels).map_err(failed)?;
        writer.finish().map_err(failed)?;
    }
    Ok(bytes)
}
