//! Offscreen rendering: runs an egui UI into a wgpu texture on a software adapter when there is
//! no GPU, and reads the pixels back. The window and `fieldreport render` share it, so an export
//! does not depend on the window's size or the machine's screen.

use eframe::{egui_wgpu, wgpu};

/// An RGBA8 image, rows top to bottom.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rgba {
    /// Width in pixels.
    pub width: u32,
    /// Height in pixels.
    pub height: u32,
    /// `width * height * 4` bytes.
    pub pixels: Vec<u8>,
}

/// Renders `ui` at `size_pts` points and `scale` pixels per point.
pub fn render(
    size_pts: egui::Vec2,
    scale: f32,
    setup_ctx: impl FnOnce(&egui::Context),
    ui: impl FnMut(&mut egui::Ui),
) -> Result<Rgba, String> {
    // One device for every picture of the process: making one costs about as much as a render.
    // Renders take turns on it, as each uploads its own font texture under the same id.
    let mut device = DEVICE.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    if device.is_none() {
        *device = Some(self::device()?);
    }
    let Some(state) = device.clone() else {
        return Err("the offscreen renderer could not start".to_owned());
    };
    let ctx = egui::Context::default();
    setup_ctx(&ctx);
    let (primitives, screen) = lay_out(&state, &ctx, size_pts, scale, ui);
    let [width, height] = screen.size_in_pixels;
    let extent = wgpu::Extent3d {
        width,
        height,
        depth_or_array_layers: 1,
    };
    let texture = state.device.create_texture(&wgpu::TextureDescriptor {
        label: Some("export"),
        size: extent,
        mip_level_count: 1,
        sample_count: 1,
        dimension: wgpu::TextureDimension::D2,
        format: state.target_format,
        usage: wgpu::TextureUsages::RENDER_ATTACHMENT | wgpu::TextureUsages::COPY_SRC,
        view_formats: &[],
    });
    let mut encoder = state
        .device
        .create_command_encoder(&wgpu::CommandEncoderDescriptor::default());
    let user_buffers = paint(&state, &mut encoder, &texture, &primitives, &screen);
    let padded = padded_row(width);
    let buffer = state.device.create_buffer(&wgpu::BufferDescriptor {
        label: Some("export-readback"),
        size: (padded * height as usize) as u64,
        usage: wgpu::BufferUsages::MAP_READ | wgpu::BufferUsages::COPY_DST,
        mapped_at_creation: false,
    });
    encoder.copy_texture_to_buffer(
        texture.as_image_copy(),
        wgpu::TexelCopyBufferInfo {
            buffer: &buffer,
            layout: wgpu::TexelCopyBufferLayout {
                offset: 0,
                bytes_per_row: Some(padded as u32),
                rows_per_image: None,
            },
        },
        extent,
    );
    state
        .queue
        .submit(user_buffers.into_iter().chain(std::iter::once(encoder.finish())));
    read_back(&state, &buffer, width, height)
}

/// Runs the UI until its sizes settle, uploads its textures, and tessellates the last pass.
fn lay_out(
    state: &egui_wgpu::RenderState,
    ctx: &egui::Context,
    size_pts: egui::Vec2,
    scale: f32,
    mut ui: impl FnMut(&mut egui::Ui),
) -> (Vec<egui::ClippedPrimitive>, egui_wgpu::ScreenDescriptor) {
    let mut raw = egui::RawInput {
        screen_rect: Some(egui::Rect::from_min_size(egui::Pos2::ZERO, size_pts)),
        ..Default::default()
    };
    if let Some(viewport) = raw.viewports.get_mut(&egui::ViewportId::ROOT) {
        viewport.native_pixels_per_point = Some(scale);
    }
    let mut out = egui::FullOutput::default();
    // Several passes, so that sizes measured in one (plot axes, text) settle in the next.
    for _ in 0..3 {
        out = ctx.run_ui(raw.clone(), &mut ui);
        let mut renderer = state.renderer.write();
        for (id, deltas) in out.textures_delta.set.drain() {
            for delta in deltas {
                renderer.update_texture(&state.device, &state.queue, id, &delta);
            }
        }
        for id in out.textures_delta.free.drain() {
            renderer.free_texture(&id);
        }
    }
    let ppp = ctx.pixels_per_point();
    let px = ctx.content_rect().size() * ppp;
    let screen = egui_wgpu::ScreenDescriptor {
        size_in_pixels: [px.x.round() as u32, px.y.round() as u32],
        pixels_per_point: ppp,
    };
    (ctx.tessellate(std::mem::take(&mut out.shapes), ppp), screen)
}

/// Records the drawing of the primitives into the texture; returns the renderer's own command
/// buffers, to submit before the encoder's.
fn paint(
    state: &egui_wgpu::RenderState,
    encoder: &mut wgpu::CommandEncoder,
    texture: &wgpu::Texture,
    primitives: &[egui::ClippedPrimitive],
    screen: &egui_wgpu::ScreenDescriptor,
) -> Vec<wgpu::CommandBuffer> {
    let view = texture.create_view(&wgpu::TextureViewDescriptor::default());
    let mut renderer = state.renderer.write();
    let user_buffers = renderer.update_buffers(&state.device, &state.queue, encoder, primitives, screen);
    let mut pass = encoder
        .begin_render_pass(&wgpu::RenderPassDescriptor {
            label: Some("export"),
            color_attachments: &[Some(wgpu::RenderPassColorAttachment {
                view: &view,
                resolve_target: None,
                ops: wgpu::Operations {
                    load: wgpu::LoadOp::Clear(wgpu::Color::TRANSPARENT),
                    store: wgpu::StoreOp::Store,
                },
                depth_slice: None,
            })],
            ..Default::default()
        })
        .forget_lifetime();
    renderer.render(&mut pass, primitives, screen);
    user_buffers
}

/// Bytes per row of the read-back buffer: rows are padded to wgpu's copy alignment.
fn padded_row(width: u32) -> usize {
    let align = wgpu::COPY_BYTES_PER_ROW_ALIGNMENT as usize;
    (width as usize * 4).div_ceil(align) * align
}

/// Waits for the GPU and copies the padded rows out into a tight RGBA image.
fn read_back(state: &egui_wgpu::RenderState, buffer: &wgpu::Buffer, width: u32, height: u32) -> Result<Rgba, String> {
    let slice = buffer.slice(..);
    let (tx, rx) = std::sync::mpsc::channel();
    slice.map_async(wgpu::MapMode::Read, move |r| drop(tx.send(r)));
    state
        .device
        .poll(wgpu::PollType::Wait {
            submission_index: None,
            timeout: Some(std::time::Duration::from_secs(60)),
        })
        .map_err(|e| format!("the renderer did not finish: {e}"))?;
    rx.recv()
        .map_err(|e| e.to_string())?
        .map_err(|e| format!("the picture could not be read back: {e}"))?;
    let data = slice
        .get_mapped_range()
        .map_err(|e| format!("the picture could not be read back: {e:?}"))?;
    let unpadded = width as usize * 4;
    let mut pixels = Vec::with_capacity(unpadded * height as usize);
    for row in data.chunks_exact(padded_row(width)) {
        pixels.extend_from_slice(&row[..unpadded]);
    }
    Ok(Rgba { width, height, pixels })
}

/// The offscreen device, made on the first render.
static DEVICE: std::sync::Mutex<Option<egui_wgpu::RenderState>> = std::sync::Mutex::new(None);

/// A wgpu device, preferring a CPU adapter (lavapipe, llvmpipe) so pictures are the same on
/// every machine.
fn device() -> Result<egui_wgpu::RenderState, String> {
    let mut setup = egui_wgpu::WgpuSetupCreateNew::without_display_handle();
    setup.native_adapter_selector = Some(std::sync::Arc::new(|adapters, _surface| {
        let mut sorted: Vec<&wgpu::Adapter> = adapters.iter().collect();
        sorted.sort_by_key(|a| u8::from(a.get_info().device_type != wgpu::DeviceType::Cpu));
        sorted.first().map(|a| (*a).clone()).ok_or_else(|| {
            "no graphics adapter was found; install a software renderer (Mesa: mesa-vulkan-drivers or libgl1-mesa-dri)"
                .to_owned()
        })
    }));
    let setup = egui_wgpu::WgpuSetup::CreateNew(setup);
    let instance = pollster::block_on(setup.new_instance());
    pollster::block_on(egui_wgpu::RenderState::create(
        &egui_wgpu::WgpuConfiguration {
            wgpu_setup: setup,
            ..Default::default()
        },
        &instance,
        None,
        egui_wgpu::RendererOptions::PREDICTABLE,
    ))
    .map_err(|e| format!("the offscreen renderer could not start: {e}"))
}
